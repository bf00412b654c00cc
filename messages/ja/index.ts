// The Japanese catalogue: the same keys as the English one (messages/en), in Japanese business wording
// (see messages/GLOSSARY.md).
import type { Catalogue } from "@/lib/i18n/catalogue-shape";
import common from "./common.json";
import validation from "./validation.json";
import errors from "./errors.json";
import status from "./status.json";
import nav from "./nav.json";
import auth from "./auth.json";
import dashboard from "./dashboard.json";
import links from "./links.json";
import buyers from "./buyers.json";
import catalogs from "./catalogs.json";
import products from "./products.json";
import lookbooks from "./lookbooks.json";
import orders from "./orders.json";
import shipping from "./shipping.json";
import settings from "./settings.json";
import mailbox from "./mailbox.json";
import linkPages from "./linkPages.json";
import cart from "./cart.json";
import checkout from "./checkout.json";
import buyerApp from "./buyerApp.json";
import emails from "./emails.json";
import pdf from "./pdf.json";
import orderRules from "./orderRules.json";
import api from "./api.json";
import webhooks from "./webhooks.json";
import reports from "./reports.json";

export const ja: Catalogue = { common, validation, errors, status, nav, auth, dashboard, links, buyers, catalogs, products, lookbooks, orders, shipping, settings, mailbox, linkPages, cart, checkout, buyerApp, emails, pdf, orderRules, api, webhooks, reports };
