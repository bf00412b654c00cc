"use client";
// Spreadsheet import: upload, check (nothing imported while any row is wrong), then import in
// chunks with a progress bar.
import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { applyImportChunkAction, previewImportAction } from "@/lib/import/actions";
import type { ImportPreview } from "@/lib/import/import-products";

export function ImportPanel() {
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
      setFileError("Choose a CSV or XLSX file.");
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
      if (!result.data.ok) toast.error("The file has errors. Nothing was imported.");
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
      const message = `Imported ${summary.rows.toLocaleString("en")} rows: ${summary.productsCreated} products created, ${summary.productsUpdated} updated.`;
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
            Spreadsheet file (CSV or XLSX)
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
          {fileError && (
            <p id="import-file-error" className="mt-1 text-sm text-red-600" data-testid="field-error">
              {fileError}
            </p>
          )}
        </div>
        <Button onClick={check} pending={checking} disabled={importing}>
          <Upload className="size-4" aria-hidden /> Check file
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
            {preview.errors.length === 1 ? "1 problem" : `${preview.errors.length}${preview.errors.length >= 200 ? "+" : ""} problems`} found. Nothing was imported.
          </h2>
          <p className="mb-3 text-sm text-slate-600">Fix these cells in your file and check it again.</p>
          <Table>
            <thead>
              <tr>
                <Th>Row</Th>
                <Th>Column</Th>
                <Th>Problem</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {preview.errors.map((e, i) => (
                <tr key={i}>
                  <Td className="tabular-nums">{e.row}</Td>
                  <Td>{e.column}</Td>
                  <Td>{e.message}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}

      {preview?.ok && (
        <Card className="space-y-4 p-5" data-testid="import-preview">
          <h2 className="text-base font-semibold">The file is ready to import</h2>
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
            {[
              ["Rows", preview.summary.rows],
              ["New products", preview.summary.productsCreated],
              ["Updated products", preview.summary.productsUpdated],
              ["New SKUs", preview.summary.skusCreated],
              ["Updated SKUs", preview.summary.skusUpdated],
            ].map(([label, value]) => (
              <div key={label} className="rounded-md bg-slate-50 p-3">
                <dt className="text-slate-600">{label}</dt>
                <dd className="text-lg font-semibold tabular-nums">{Number(value).toLocaleString("en")}</dd>
              </div>
            ))}
          </dl>
          <Table>
            <thead>
              <tr>
                <Th>Row</Th>
                <Th>Product ID</Th>
                <Th>Name</Th>
                <Th>SKU code</Th>
                <Th>Colour / size</Th>
                <Th>Stock after import</Th>
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
                  <Td className="tabular-nums">{r.stock ?? "unchanged"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {preview.summary.rows > preview.sample.length && <p className="text-xs text-slate-500">Showing the first {preview.sample.length} rows.</p>}
          {progress && (
            <div>
              <div role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 w-full overflow-hidden rounded bg-slate-100">
                <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
              </div>
              <p className="mt-1 text-sm text-slate-600">
                {progress.done.toLocaleString("en")} of {progress.total.toLocaleString("en")} rows imported
              </p>
            </div>
          )}
          <Button onClick={runImport} pending={importing}>
            Import {preview.summary.rows.toLocaleString("en")} rows
          </Button>
        </Card>
      )}
    </div>
  );
}
