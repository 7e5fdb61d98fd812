import Link from 'next/link';
import type { Collection } from '@/lib/wix/types';

export function CollectionNav({
  collections,
  current,
}: {
  collections: Collection[];
  current: string | null;
}) {
  const item = (active: boolean) =>
    `block rounded px-3 py-1.5 text-sm ${active ? 'bg-zinc-900 text-white' : 'hover:bg-zinc-100'}`;
  return (
    <nav aria-label="Collections">
      <ul className="flex flex-wrap gap-2 lg:flex-col">
        <li>
          <Link
            href="/products"
            className={item(current === null)}
            aria-current={current === null ? 'page' : undefined}
          >
            All products
          </Link>
        </li>
        {collections.map((collection) => (
          <li key={collection.id}>
            <Link
              href={`/collections/${collection.slug}`}
              className={item(current === collection.slug)}
              aria-current={current === collection.slug ? 'page' : undefined}
            >
              {collection.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
