import { ImageResponse } from 'next/og';

export const alt = 'Storefront: well-made things for everyday life';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

/** The shop's default social preview; product pages use their own product image. */
export default function OpenGraphImage() {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        padding: 80,
        background: '#18181b',
        color: '#fafafa',
      }}
    >
      <div style={{ fontSize: 32, color: '#a1a1aa', letterSpacing: 4 }}>STOREFRONT</div>
      <div style={{ fontSize: 72, fontWeight: 700, marginTop: 24 }}>
        Well-made things for everyday life.
      </div>
    </div>,
    size,
  );
}
