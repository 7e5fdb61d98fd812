// What the shoppers visit, read once from the emulator's own catalog views (not Wix APIs).

export type Buyable = { path: string; name: string };
export type Targets = {
  /** Every visible product's page. */
  products: string[];
  /** Variants in stock whose stock is not counted, so orders never make them run out. */
  buyable: Buyable[];
  collections: string[];
  services: string[];
  /** Words from product names, for searches that find something. */
  words: string[];
};

type Variant = { choices: Record<string, string>; inStock: boolean; quantity: number | null };
type Product = { slug: string; name: string; visible: boolean; variants: Variant[] };

const json = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
};

/** The product page that preselects this variant (options in the URL, as the picker sets them). */
export function variantPath(slug: string, choices: Record<string, string>): string {
  const query = new URLSearchParams(
    Object.entries(choices).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return `/products/${slug}${query.size ? `?${query}` : ''}`;
}

export async function loadTargets(emulator: string): Promise<Targets> {
  const [{ products }, { collections }, { services }] = await Promise.all([
    json<{ products: Product[] }>(`${emulator}/__emulator/catalog/products`),
    json<{ collections: { slug: string; visible: boolean }[] }>(
      `${emulator}/__emulator/catalog/collections`,
    ),
    json<{ services: { slug: string; hidden: boolean }[] }>(
      `${emulator}/__emulator/bookings/services`,
    ),
  ]);
  const visible = products.filter((p) => p.visible);
  const buyable = visible.flatMap((p) =>
    p.variants
      .filter((v) => v.inStock && v.quantity === null)
      .map((v) => ({ path: variantPath(p.slug, v.choices), name: p.name })),
  );
  const words = [...new Set(visible.flatMap((p) => p.name.toLowerCase().split(/[^a-z]+/)))].filter(
    (w) => w.length > 3,
  );
  return {
    products: visible.map((p) => `/products/${p.slug}`),
    buyable,
    collections: collections.filter((c) => c.visible).map((c) => c.slug),
    services: services.filter((s) => !s.hidden).map((s) => s.slug),
    words,
  };
}
