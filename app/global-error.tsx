'use client';

// Replaces the root layout when it fails, so it brings its own html and body.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '36rem', margin: '4rem auto' }}>
        <h1>Something went wrong</h1>
        <p>The shop could not be shown right now. Please try again.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
