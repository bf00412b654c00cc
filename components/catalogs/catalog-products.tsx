"use client";
// The products of a catalog: order (move up / down), per-catalog discount rate and delivery
// date overrides, removal, and "Add products" with a search.
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/controls";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { SearchInput } from "@/components/ui/search-input";
import { useAction } from "@/lib/actions/use-action";
import { addCatalogProductsAction, moveCatalogProductAction, removeCatalogProductAction, setCatalogProductOverrideAction } from "@/lib/catalogs/actions";
import { searchProductOptionsAction } from "@/lib/products/actions";
import { ConfirmButton } from "./confirm-button";

export type CatalogProductRow = {
  id: string;
  productId: string;
  productCode: string;
  name: string;
  archived: boolean;
  skuCount: number;
  discountRate: string;
  deliveryDate: string;
  /** Wholesale and unit price (after every override) of the first SKU, formatted. */
  wholesale: string | null;
  unitPrice: string | null;
};

/** One page of the catalog's products: `offset` rows come before it, `total` in all. */
export function CatalogProducts({ catalogId, rows, total, offset }: { catalogId: string; rows: CatalogProductRow[]; total: number; offset: number }) {
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between">
        <h2 className="text-base font-semibold">Products ({total.toLocaleString("en")})</h2>
        <AddProductsDialog catalogId={catalogId} />
      </div>
      {total === 0 ? (
        <EmptyState title="No products in this catalog yet.">Use Add products to choose them.</EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title="No more products">This page is past the end of the catalog.</EmptyState>
      ) : (
        <Table data-testid="catalog-products">
          <thead>
            <tr>
              <Th>Order</Th>
              <Th>Product</Th>
              <Th>Price (first SKU)</Th>
              <Th>Discount rate override (%)</Th>
              <Th>Delivery date</Th>
              <Th><span className="sr-only">Actions</span></Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row, i) => (
              <Row key={row.id} row={row} first={offset + i === 0} last={offset + i === total - 1} />
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}

function Row({ row, first, last }: { row: CatalogProductRow; first: boolean; last: boolean }) {
  const router = useRouter();
  const { pending, run } = useAction();
  const [moving, startMove] = useTransition();
  const [rate, setRate] = useState(row.discountRate);
  const [date, setDate] = useState(row.deliveryDate);
  const [error, setError] = useState<string>();
  const dirty = rate !== row.discountRate || date !== row.deliveryDate;
  function move(direction: "up" | "down") {
    startMove(async () => {
      await moveCatalogProductAction({ catalogProductId: row.id, direction });
      router.refresh();
    });
  }
  function save() {
    setError(undefined);
    run(() => setCatalogProductOverrideAction({ catalogProductId: row.id, discountRate: rate, deliveryDate: date ? `${date}T00:00:00.000Z` : "" }), {
      success: "Override saved.",
      onSuccess: () => router.refresh(),
      onError: (r) => setError(r.fieldErrors?.discountRate ?? r.fieldErrors?.deliveryDate ?? r.message),
    });
  }
  return (
    <tr>
      <Td className="whitespace-nowrap">
        <Button variant="ghost" size="sm" aria-label={`Move ${row.name} up`} disabled={first || moving} onClick={() => move("up")}>
          <ArrowUp className="size-4" aria-hidden />
        </Button>
        <Button variant="ghost" size="sm" aria-label={`Move ${row.name} down`} disabled={last || moving} onClick={() => move("down")}>
          <ArrowDown className="size-4" aria-hidden />
        </Button>
      </Td>
      <Td>
        <span className="font-medium">{row.name}</span>
        <span className="block font-mono text-xs text-slate-500">
          {row.productCode} · {row.skuCount} SKUs{row.archived ? " · archived" : ""}
        </span>
      </Td>
      <Td className="whitespace-nowrap tabular-nums" data-testid={`unit-price-${row.productCode}`}>
        {row.unitPrice ? (
          <>
            {row.unitPrice}
            {row.wholesale !== row.unitPrice && <span className="block text-xs text-slate-500 line-through">{row.wholesale}</span>}
          </>
        ) : (
          <span className="text-slate-500">No price</span>
        )}
      </Td>
      <Td>
        <Input aria-label={`Discount rate override for ${row.name}`} value={rate} onChange={(e) => setRate(e.target.value)} inputMode="decimal" className="h-9 w-24" invalid={Boolean(error)} />
        {error && <p className="mt-1 text-xs text-red-600" data-testid="field-error">{error}</p>}
      </Td>
      <Td>
        <Input aria-label={`Delivery date for ${row.name}`} type="date" value={date} onChange={(e) => setDate(e.target.value)} className="h-9 w-40" />
      </Td>
      <Td className="whitespace-nowrap text-right">
        <Button size="sm" variant={dirty ? "primary" : "secondary"} disabled={!dirty} pending={pending} onClick={save}>
          Save
        </Button>{" "}
        <ConfirmButton
          label={<Trash2 className="size-4" aria-hidden />}
          ariaLabel={`Remove ${row.name} from the catalog`}
          title="Remove this product from the catalog?"
          description={`${row.name} and its overrides are removed from this catalog. The product itself is kept.`}
          confirmLabel="Remove"
          success="Product removed from the catalog."
          action={() => removeCatalogProductAction({ catalogProductId: row.id })}
          onDone={() => router.refresh()}
        />
      </Td>
    </tr>
  );
}

function AddProductsDialog({ catalogId }: { catalogId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<{ id: string; productCode: string; name: string }[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [searching, startSearch] = useTransition();
  const { pending, run } = useAction();

  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => {
      startSearch(async () => {
        const result = await searchProductOptionsAction({ q });
        if (result.ok) setOptions(result.data);
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [q, open]);

  return (
    <Dialog open={open} onOpenChange={(next) => { setOpen(next); if (!next) setChosen([]); }}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Plus className="size-4" aria-hidden /> Add products
        </Button>
      </DialogTrigger>
      <DialogContent title="Add products" description="Search by name, product ID or SKU code. Products already in the catalog are skipped.">
        <SearchInput aria-label="Search products to add" placeholder="Search products" value={q} onChange={(e) => setQ(e.target.value)} type="search" />
        <div className="mt-3 max-h-72 space-y-2 overflow-y-auto" aria-busy={searching}>
          {options.length === 0 ? (
            <p className="text-sm text-slate-500">{searching ? "Searching…" : "No active products match."}</p>
          ) : (
            options.map((o) => (
              <div key={o.id}>
                <Checkbox
                  label={`${o.name} (${o.productCode})`}
                  checked={chosen.includes(o.id)}
                  onChange={(e) => setChosen((c) => (e.target.checked ? [...c, o.id] : c.filter((x) => x !== o.id)))}
                />
              </div>
            ))
          )}
        </div>
        <div className="mt-6 flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button
            disabled={chosen.length === 0}
            pending={pending}
            onClick={() =>
              run(() => addCatalogProductsAction({ catalogId, productIds: chosen }), {
                success: (d) => `${d.added} product${d.added === 1 ? "" : "s"} added.`,
                onSuccess: () => {
                  setOpen(false);
                  setChosen([]);
                  router.refresh();
                },
              })
            }
          >
            Add {chosen.length || ""} selected
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
