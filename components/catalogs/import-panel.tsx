"use client";
// Spreadsheet import: upload, check (nothing imported while any row is wrong), then import in
// chunks with a progress bar.
import { Upload } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { applyImportChunkAction, previewImportAction } from "@/lib/import/actions";
import type { ImportPreview } from "@/lib/import/import-products";
import { MAX_SHEET_ERRORS } from "@/lib/import/product-sheet";
import { useMessageText } from "@/lib/i18n/use-message-text";

export function ImportPanel() {
  const t = useTranslations("products.import");
  const text = useMessageText();
  const format = useFormatter();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [finished, setFinished] = useState<string>();
  const [checking, startCheck] = useTransition();
  const [importing, startImport] = useTransition();

  function check() {
    if (!file) {
      setFileError(t("errors.chooseFile"));
      return;
    }
    setFileError(undefined);
    setFinished(undefined);
    setPreview(null);
    startCheck(async () => {
      const form = new FormData();
      form.set("file", file);
      const result = await previewImportAction(form);
      if (!result.ok) {
        setFileError(result.fieldErrors?.file ?? result.message);
        toast.error(result.message);
        return;
      }
      setPreview(result.data);
      if (!result.data.ok) toast.error(t("hasErrors"));
    });
  }

  function runImport() {
    if (!preview?.ok) return;
    const { importId, chunks, summary } = preview;
    startImport(async () => {
      setProgress({ done: 0, total: summary.rows });
      for (let chunk = 0; chunk < chunks; chunk++) {
        const result = await applyImportChunkAction({ importId, chunk });
        if (!result.ok) {
          toast.error(result.message);
          setProgress(null);
          return;
        }
        setProgress({ done: result.data.rowsDone, total: result.data.totalRows });
      }
      const message = t("done", { rows: summary.rows, created: summary.productsCreated, updated: summary.productsUpdated });
      toast.success(message);
      setFinished(message);
      setPreview(null);
      setFile(null);
      if (input.current) input.current.value = "";
      router.refresh();
    });
  }

  const percent = progress ? Math.round((progress.done / Math.max(1, progress.total)) * 100) : 0;

  return (
    <div className="space-y-6">
      <Card className="space-y-4 p-5">
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
            {t("file")}
          </label>
          <input
            id="import-file"
            ref={input}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
            aria-describedby={fileError ? "import-file-error" : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setFinished(undefined);
            }}
          />
          <FieldError id="import-file-error" className="mt-1" message={fileError} />
        </div>
        <Button onClick={check} pending={checking} disabled={importing}>
          <Upload className="size-4" aria-hidden /> {t("check")}
        </Button>
      </Card>

      {finished && (
        <p className="rounded-md bg-emerald-50 p-4 text-sm text-emerald-800" data-testid="import-done">
          {finished}
        </p>
      )}

      {preview && !preview.ok && (
        <Card className="p-5" data-testid="import-errors">
          <h2 className="text-base font-semibold text-red-700">
            {preview.errors.length >= MAX_SHEET_ERRORS ? t("problemsCapped", { count: preview.errors.length }) : t("problems", { count: preview.errors.length })}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("fixHint")}</p>
          <Table>
            <thead>
              <tr>
                <Th>{t("row")}</Th>
                <Th>{t("column")}</Th>
                <Th>{t("problem")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {preview.errors.map((e, i) => (
                <tr key={i}>
                  <Td className="tabular-nums">{e.row}</Td>
                  <Td>{e.column}</Td>
                  <Td>{text(e.message)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}

      {preview?.ok && (
        <Card className="space-y-4 p-5" data-testid="import-preview">
          <h2 className="text-base font-semibold">{t("ready")}</h2>
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
            {(
              [
                [t("rows"), preview.summary.rows],
                [t("newProducts"), preview.summary.productsCreated],
                [t("updatedProducts"), preview.summary.productsUpdated],
                [t("newSkus"), preview.summary.skusCreated],
                [t("updatedSkus"), preview.summary.skusUpdated],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="rounded-md bg-slate-50 p-3">
                <dt className="text-slate-600">{label}</dt>
                <dd className="text-lg font-semibold tabular-nums">{format.number(value)}</dd>
              </div>
            ))}
          </dl>
          <Table>
            <thead>
              <tr>
                <Th>{t("row")}</Th>
                <Th>{t("productId")}</Th>
                <Th>{t("name")}</Th>
                <Th>{t("skuCode")}</Th>
                <Th>{t("colourSize")}</Th>
                <Th>{t("stockAfter")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {preview.sample.map((r) => (
                <tr key={r.row}>
                  <Td className="tabular-nums">{r.row}</Td>
                  <Td className="font-mono text-xs">{r.productCode}</Td>
                  <Td>{r.name}</Td>
                  <Td className="font-mono text-xs">{r.skuCode}</Td>
                  <Td>
                    {r.color} / {r.size}
                  </Td>
                  <Td className="tabular-nums">{r.stock === null ? t("unchanged") : format.number(r.stock)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {preview.summary.rows > preview.sample.length && <p className="text-xs text-slate-500">{t("showingFirst", { count: preview.sample.length })}</p>}
          {progress && (
            <div>
              <div role="progressbar" aria-label={t("progress")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 w-full overflow-hidden rounded bg-slate-100">
                <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
              </div>
              <p className="mt-1 text-sm text-slate-600">
                {t("progressText", { done: progress.done, total: progress.total })}
              </p>
            </div>
          )}
          <Button onClick={runImport} pending={importing}>
            {t("run", { count: preview.summary.rows })}
          </Button>
        </Card>
      )}
    </div>
  );
}
