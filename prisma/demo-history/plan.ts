// The story the demo sales history tells, per brand: which seasons sold, through which links and
// when, and who bought. Shares and windows are fractions of a season's ordering span (0 = the
// catalog opened, 1 = the history ends or the deadline passed). Catalogs and links are named by
// their index in demo-data.ts' catalogSpecs and linkSpecs.

/** previous and current: the two seasons; core: an all-year collection; limited: a capsule for one key account. */
export type SeasonKey = "previous" | "current" | "core" | "limited";

export type LinkWindow = {
  link: number;
  from: number;
  to: number;
  /** Other catalogs of the link a cart sometimes adds a product from (orderable at that time). */
  alsoFrom?: number[];
  /** Multiplies the link's share of a buyer's orders against its other channels (an event draws more than its days alone would). */
  weight?: number;
};

export type SeasonPlan = {
  key: SeasonKey;
  catalog: number;
  orders: number;
  /** Decay of the opening rush as a share of the span: small = a sharp rush, large = steady. */
  rush: number;
  /** The links that sold this season, and when. Standard Orders (Buyer App) sell all season. */
  links: LinkWindow[];
};

export type NewBuyerPlan = {
  name: string;
  country: string;
  /** Prefecture, state or province (shipRegion); null where the country has none in addresses. */
  region: string | null;
  city: string;
  postal: string;
  line1: string;
  contact: string;
  email: string;
  phone: string;
  /** The currency of the links it orders through (a guest buys in the link's currency). */
  currency: string;
  weights: Partial<Record<SeasonKey, number>>;
  /** Units per SKU grow with this: 1 a small shop, 2 a mid-size one, 3 a key account. */
  scale: number;
};

export type ExistingBuyerPlan = { name: string; weights: Partial<Record<SeasonKey, number>>; scale: number };

export type BrandHistoryPlan = {
  seed: number;
  seasons: SeasonPlan[];
  existing: ExistingBuyerPlan[];
  newBuyers: NewBuyerPlan[];
  carriers: { domestic: string[]; international: string };
};

/** Where the history ends: orders stop 30 business days (42+ calendar days) back, so the demo's own orders (the last 38 days) stay the newest. */
export const HISTORY_END = 30;
/** About nine months back. */
export const HISTORY_START = 190;

// Aoyama Atelier. Catalogs: 0 SS27 (current), 1 AW26 (previous; its deadline passed). Links: 0 trade show (Instant,
// JPY), 1 pop-up event (Instant, JPY, void now), 2 all current collections (Dynamic, USD),
// 3 last season wrap-up (Dynamic, JPY, void now), 4 key accounts, 5 key accounts with passcode,
// 8 last season reorders (expired now), 9 old key accounts link (void now).
const aoyama: BrandHistoryPlan = {
  seed: 20260301,
  seasons: [
    {
      key: "previous", catalog: 1, orders: 150, rush: 0.22,
      links: [
        { link: 1, from: 0.03, to: 0.1, weight: 1.5 }, { link: 2, from: 0, to: 1 }, { link: 3, from: 0.6, to: 0.95 },
        { link: 9, from: 0, to: 0.5 }, { link: 8, from: 0.5, to: 1 },
      ],
    },
    {
      key: "current", catalog: 0, orders: 100, rush: 0.3,
      links: [{ link: 0, from: 0, to: 1 }, { link: 2, from: 0, to: 1, alsoFrom: [1] }, { link: 4, from: 0, to: 1 }, { link: 5, from: 0, to: 1 }],
    },
    // The Tokyo Exclusive Capsule (catalog 2, Limited to Shibuya Select): the newest season on sale,
    // which the Reports dashboard shows first.
    { key: "limited", catalog: 2, orders: 8, rush: 0.5, links: [{ link: 4, from: 0, to: 1 }] },
  ],
  existing: [
    { name: "Shibuya Select", weights: { previous: 22, current: 16, limited: 1 }, scale: 3 },
    { name: "Kyoto Goods Store", weights: { previous: 14, current: 10 }, scale: 2 },
    // Closed since: ordered last season only (the re-engagement list).
    { name: "Osaka Loft", weights: { previous: 12 }, scale: 2 },
    // Still connected but quiet this season.
    { name: "Seoul Edit", weights: { previous: 8 }, scale: 2 },
    { name: "Sapporo Outfitters", weights: { previous: 12, current: 9 }, scale: 2 },
    // An offline buyer without a login: its orders came through Instant Order Links.
    { name: "Nagoya Boutique", weights: { previous: 5 }, scale: 1 },
  ],
  // Japanese shops met at the pop-up event order once or twice there and again at the wrap-up;
  // their reorders this season come through the trade show's link.
  newBuyers: [
    { name: "Hakata Thread Co.", country: "JP", region: "Fukuoka", city: "Fukuoka", postal: "810-0001", line1: "2-1 Tenjin, Chuo-ku", contact: "Sho Nakamura", email: "orders@hakata-thread.example", phone: "+81 92 555 0141", currency: "JPY", weights: { previous: 3, current: 6 }, scale: 2 },
    { name: "Yokohama Harbor Goods", country: "JP", region: "Kanagawa", city: "Yokohama", postal: "231-0023", line1: "1-6 Yamashita-cho, Naka-ku", contact: "Rina Ogawa", email: "buyer@yokohama-harbor.example", phone: "+81 45 555 0187", currency: "JPY", weights: { previous: 3, current: 6 }, scale: 2 },
    { name: "Onomichi Denim Works", country: "JP", region: "Hiroshima", city: "Onomichi", postal: "722-0035", line1: "1-3 Tsuchido", contact: "Kota Fujii", email: "shop@onomichi-denim.example", phone: "+81 848 555 012", currency: "JPY", weights: { previous: 2 }, scale: 1 },
    { name: "Sendai Daily Supply", country: "JP", region: "Miyagi", city: "Sendai", postal: "980-0811", line1: "2-4 Ichibancho, Aoba-ku", contact: "Yuka Saito", email: "hello@sendai-daily.example", phone: "+81 22 555 0163", currency: "JPY", weights: { previous: 2, current: 4 }, scale: 1 },
    { name: "Kanazawa Craft Market", country: "JP", region: "Ishikawa", city: "Kanazawa", postal: "920-0981", line1: "1-1 Katamachi", contact: "Nao Hayashi", email: "buying@kanazawa-craft.example", phone: "+81 76 555 0120", currency: "JPY", weights: { previous: 2 }, scale: 1 },
    { name: "Matsumoto Mountain Shop", country: "JP", region: "Nagano", city: "Matsumoto", postal: "390-0811", line1: "3-2 Chuo", contact: "Daisuke Mori", email: "orders@matsumoto-mountain.example", phone: "+81 263 555 019", currency: "JPY", weights: { previous: 2, current: 3 }, scale: 1 },
    // New this season (the trade show).
    { name: "Kobe Port Select", country: "JP", region: "Hyogo", city: "Kobe", postal: "650-0021", line1: "5-1 Sannomiya-cho, Chuo-ku", contact: "Mio Kimura", email: "buyer@kobe-port.example", phone: "+81 78 555 0152", currency: "JPY", weights: { current: 6 }, scale: 2 },
    { name: "Naha Island Store", country: "JP", region: "Okinawa", city: "Naha", postal: "900-0013", line1: "2-8 Makishi", contact: "Kaito Higa", email: "shop@naha-island.example", phone: "+81 98 555 0176", currency: "JPY", weights: { current: 4 }, scale: 1 },
    { name: "Hamamatsu Weekend", country: "JP", region: "Shizuoka", city: "Hamamatsu", postal: "430-0933", line1: "1-12 Kajimachi, Naka-ku", contact: "Saki Ishii", email: "weekend@hamamatsu-weekend.example", phone: "+81 53 555 0133", currency: "JPY", weights: { current: 3 }, scale: 1 },
    // Abroad, through the Dynamic Brand Link in US dollars.
    { name: "Taipei Linen House", country: "TW", region: "Taipei City", city: "Taipei", postal: "10491", line1: "No. 12, Lane 25, Zhongshan N. Rd. Sec. 2", contact: "Wei-Ting Chen", email: "buyer@taipei-linen.example", phone: "+886 2 5550 1234", currency: "USD", weights: { previous: 6, current: 5 }, scale: 2 },
    { name: "Kowloon Edit", country: "HK", region: "Kowloon", city: "Tsim Sha Tsui", postal: "999077", line1: "18 Hankow Road", contact: "Karen Lau", email: "orders@kowloon-edit.example", phone: "+852 5550 1188", currency: "USD", weights: { previous: 4, current: 3 }, scale: 1 },
    { name: "Tiong Bahru Goods", country: "SG", region: null, city: "Singapore", postal: "168732", line1: "56 Eng Hoon Street", contact: "Marcus Tan", email: "hello@tiongbahru-goods.example", phone: "+65 5550 2211", currency: "USD", weights: { previous: 3 }, scale: 1 },
    { name: "Silver Lake Supply", country: "US", region: "CA", city: "Los Angeles", postal: "90026", line1: "3920 W Sunset Blvd", contact: "Dana Brooks", email: "buying@silverlake-supply.example", phone: "+1 323 555 0164", currency: "USD", weights: { previous: 3, current: 3 }, scale: 1 },
    { name: "Fitzroy General", country: "AU", region: "VIC", city: "Fitzroy", postal: "3065", line1: "201 Gertrude Street", contact: "Lachlan Reid", email: "orders@fitzroy-general.example", phone: "+61 3 5550 1976", currency: "USD", weights: { current: 4 }, scale: 1 },
    { name: "Ari Select", country: "TH", region: "Bangkok", city: "Bangkok", postal: "10400", line1: "14 Soi Ari 4, Phahonyothin Rd", contact: "Ploy Srisuk", email: "shop@ari-select.example", phone: "+66 2 555 0190", currency: "USD", weights: { current: 2 }, scale: 1 },
  ],
  carriers: { domestic: ["Yamato Transport", "Sagawa Express"], international: "Japan Post EMS" },
};

// Northwind Supply Co. Catalogs: 0 Core Collection (all year), 4 Fall/Winter 2026 (current),
// 5 Spring/Summer 2026 (previous, closed). Links: 0 trade show (Instant, USD), 1 pop-up event
// (Instant, USD, void now), 2 all current collections (Dynamic, EUR), 3 last season wrap-up
// (Dynamic, USD, void now), 4 key accounts, 5 key accounts with passcode, 8 last season reorders
// (expired now), 9 old key accounts link (void now).
const northwind: BrandHistoryPlan = {
  seed: 20260302,
  seasons: [
    {
      key: "previous", catalog: 5, orders: 100, rush: 0.25,
      links: [{ link: 1, from: 0.04, to: 0.12, weight: 1.5 }, { link: 3, from: 0.65, to: 1 }, { link: 9, from: 0, to: 0.5 }, { link: 8, from: 0.5, to: 1 }],
    },
    {
      key: "current", catalog: 4, orders: 95, rush: 0.3,
      links: [{ link: 0, from: 0, to: 1, alsoFrom: [0] }, { link: 2, from: 0, to: 1, alsoFrom: [0] }, { link: 4, from: 0, to: 1, alsoFrom: [0] }],
    },
    {
      key: "core", catalog: 0, orders: 55, rush: 5,
      links: [{ link: 0, from: 0, to: 1 }, { link: 2, from: 0, to: 1 }, { link: 4, from: 0, to: 1 }, { link: 5, from: 0, to: 1 }],
    },
    // Holiday 2026 (catalog 1, Limited to Brooklyn Mercantile): the newest season on sale, which the
    // Reports dashboard shows first; Brooklyn orders it in the Buyer App.
    { key: "limited", catalog: 1, orders: 8, rush: 0.5, links: [] },
  ],
  existing: [
    { name: "Brooklyn Mercantile", weights: { previous: 16, current: 14, core: 8, limited: 1 }, scale: 3 },
    // Closed since: ordered last season only (the re-engagement list).
    { name: "Portland Provisions", weights: { previous: 10 }, scale: 2 },
    { name: "Maison Lumière", weights: { previous: 8, current: 7, core: 4 }, scale: 2 },
    // Still connected but quiet this season.
    { name: "Berlin Concept Store", weights: { previous: 6 }, scale: 2 },
    { name: "Shibuya Select", weights: { previous: 5, current: 4, core: 2 }, scale: 2 },
    { name: "Austin Threads", weights: { previous: 8, current: 7, core: 4 }, scale: 2 },
    // An offline buyer without a login: orders through the Dynamic Brand Link in euros.
    { name: "Lyon Atelier", weights: { current: 4, core: 2 }, scale: 1 },
  ],
  newBuyers: [
    { name: "Pike Street Outfitters", country: "US", region: "WA", city: "Seattle", postal: "98101", line1: "1520 Pike Pl", contact: "Hannah Cole", email: "buying@pike-street.example", phone: "+1 206 555 0143", currency: "USD", weights: { previous: 3, current: 5, core: 3 }, scale: 2 },
    { name: "Mission Dry Goods", country: "US", region: "CA", city: "San Francisco", postal: "94110", line1: "3150 18th St", contact: "Luis Ortega", email: "orders@mission-dry-goods.example", phone: "+1 415 555 0178", currency: "USD", weights: { previous: 3, current: 5, core: 2 }, scale: 2 },
    { name: "Mile High Mercantile", country: "US", region: "CO", city: "Denver", postal: "80202", line1: "1701 Wynkoop St", contact: "Erin Walsh", email: "shop@milehigh-mercantile.example", phone: "+1 303 555 0112", currency: "USD", weights: { previous: 3 }, scale: 1 },
    { name: "Logan Square Supply", country: "US", region: "IL", city: "Chicago", postal: "60647", line1: "2545 N Milwaukee Ave", contact: "Andre Jackson", email: "buyer@logansquare-supply.example", phone: "+1 773 555 0126", currency: "USD", weights: { previous: 2, current: 4, core: 2 }, scale: 1 },
    { name: "Durham Trading Post", country: "US", region: "NC", city: "Durham", postal: "27701", line1: "305 E Chapel Hill St", contact: "Grace Kim", email: "hello@durham-trading.example", phone: "+1 919 555 0195", currency: "USD", weights: { previous: 2, current: 3 }, scale: 1 },
    { name: "Old Fourth Ward Goods", country: "US", region: "GA", city: "Atlanta", postal: "30312", line1: "660 Ralph McGill Blvd NE", contact: "Tasha Greene", email: "orders@o4w-goods.example", phone: "+1 404 555 0137", currency: "USD", weights: { previous: 2 }, scale: 1 },
    { name: "Burlington Field Shop", country: "US", region: "VT", city: "Burlington", postal: "05401", line1: "85 Church St", contact: "Nate Fisher", email: "shop@burlington-field.example", phone: "+1 802 555 0150", currency: "USD", weights: { previous: 2, current: 3, core: 1 }, scale: 1 },
    { name: "Gastown Goods", country: "CA", region: "BC", city: "Vancouver", postal: "V6B 1N2", line1: "12 Water St", contact: "Mei Wong", email: "buyer@gastown-goods.example", phone: "+1 604 555 0168", currency: "USD", weights: { previous: 2, current: 3, core: 1 }, scale: 1 },
    // New this season.
    { name: "Beacon Hill Provisions", country: "US", region: "MA", city: "Boston", postal: "02108", line1: "72 Charles St", contact: "Owen Burke", email: "orders@beaconhill-provisions.example", phone: "+1 617 555 0104", currency: "USD", weights: { current: 5, core: 2 }, scale: 2 },
    { name: "North Loop Outfitters", country: "US", region: "MN", city: "Minneapolis", postal: "55401", line1: "212 N 2nd St", contact: "Kari Lindqvist", email: "buying@northloop-outfitters.example", phone: "+1 612 555 0189", currency: "USD", weights: { current: 4, core: 2 }, scale: 1 },
    { name: "Bend Trail Co.", country: "US", region: "OR", city: "Bend", postal: "97701", line1: "920 NW Bond St", contact: "Cody Hale", email: "shop@bend-trail.example", phone: "+1 541 555 0122", currency: "USD", weights: { current: 3, core: 1 }, scale: 1 },
    // Europe, through the Dynamic Brand Link in euros.
    { name: "Jordaan Supply", country: "NL", region: "North Holland", city: "Amsterdam", postal: "1016 GV", line1: "Prinsengracht 180", contact: "Sanne de Vries", email: "inkoop@jordaan-supply.example", phone: "+31 20 555 0147", currency: "EUR", weights: { current: 4, core: 2 }, scale: 1 },
    { name: "Nørrebro Provisions", country: "DK", region: "Capital Region", city: "Copenhagen", postal: "2200", line1: "Jægersborggade 41", contact: "Freja Nielsen", email: "shop@norrebro-provisions.example", phone: "+45 55 50 12 34", currency: "EUR", weights: { current: 3, core: 1 }, scale: 1 },
    { name: "Brera Outdoor", country: "IT", region: "Lombardy", city: "Milan", postal: "20121", line1: "Via Solferino 12", contact: "Giulia Rossi", email: "ordini@brera-outdoor.example", phone: "+39 02 5550 1290", currency: "EUR", weights: { current: 3, core: 1 }, scale: 1 },
    { name: "Shoreditch Field Store", country: "GB", region: "London", city: "London", postal: "E2 7DJ", line1: "118 Columbia Rd", contact: "Oliver Grant", email: "buying@shoreditch-field.example", phone: "+44 20 5550 1735", currency: "EUR", weights: { current: 3, core: 2 }, scale: 1 },
  ],
  carriers: { domestic: ["UPS Ground", "FedEx Ground"], international: "FedEx International" },
};

export const HISTORY_PLANS: Record<string, BrandHistoryPlan> = { "aoyama-atelier": aoyama, "northwind-supply": northwind };
