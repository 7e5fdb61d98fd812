import Link from 'next/link';
import { MemberMenu } from '@/components/account/member-menu';
import { CartLink } from '@/components/cart/cart-link';

/** Static for every visitor; only the member menu and the cart link are per-visitor islands. */
export function Header() {
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-6 py-4 sm:gap-6">
        <div className="flex items-center gap-4 sm:gap-8">
          <Link href="/" className="text-lg font-bold tracking-tight">
            Storefront
          </Link>
          <nav aria-label="Main" className="flex gap-4 text-sm font-medium sm:gap-6">
            <Link href="/products" className="hover:underline">
              Shop
            </Link>
            <Link href="/services" className="hover:underline">
              Services
            </Link>
          </nav>
        </div>
        <form
          action="/products"
          method="get"
          role="search"
          className="hidden flex-1 justify-center md:flex"
        >
          <label htmlFor="header-search" className="sr-only">
            Search the shop
          </label>
          <input
            id="header-search"
            name="q"
            type="search"
            placeholder="Search the shop"
            maxLength={100}
            className="w-full max-w-xs rounded border border-zinc-300 px-3 py-1.5 text-sm"
          />
        </form>
        <nav aria-label="Account" className="flex items-center gap-4 text-sm">
          <MemberMenu />
          <CartLink />
        </nav>
      </div>
    </header>
  );
}
