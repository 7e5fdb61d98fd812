import Link from 'next/link';
import { MemberMenu } from '@/components/account/member-menu';

/** Static for every visitor; only the member menu is a per-visitor island. */
export function Header() {
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-6 px-6 py-4">
        <Link href="/" className="text-lg font-bold tracking-tight">
          Storefront
        </Link>
        <nav aria-label="Account" className="flex items-center gap-4 text-sm">
          <MemberMenu />
        </nav>
      </div>
    </header>
  );
}
