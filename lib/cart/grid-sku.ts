/**
 * One cell of a product's order grid: only what the grid shows and sends, as it travels in the
 * payload of every catalog page (twelve products, a hundred-odd cells).
 */
export type GridSku = { id: string; color: string; size: string; unitPrice: number | null };
