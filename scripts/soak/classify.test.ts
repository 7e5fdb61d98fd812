import { describe, expect, it } from 'vitest';
import { friendlyHtml } from './fixtures';
import { classify, friendlyTitle } from './classify';

describe('friendlyTitle', () => {
  it("finds the shop's friendly headings, React's text separators and entities included", () => {
    expect(friendlyTitle(friendlyHtml('Sign-in is unavailable right now'))).toBe(
      'Sign-in is unavailable right now',
    );
    expect(
      friendlyTitle('<h1 class="text-3xl font-bold">The shop is <!-- -->taking a break</h1>'),
    ).toBe('The shop is taking a break');
  });

  it('answers null for any other heading, or none', () => {
    expect(friendlyTitle('<h1 class="next-error-h1">500</h1>')).toBeNull();
    expect(
      friendlyTitle('<h1>Classic Linen Shirt</h1><h2>The shop is taking a break</h2>'),
    ).toBeNull();
    expect(friendlyTitle('<p>no heading</p>')).toBeNull();
  });
});

describe('classify', () => {
  it('counts 2xx and 3xx as ok, noting a 2xx page that shows a friendly error state', () => {
    expect(classify(200, '<h1>Classic Linen Shirt</h1>', [])).toEqual({ kind: 'ok' });
    expect(classify(303, '', [])).toEqual({ kind: 'ok' });
    expect(classify(200, friendlyHtml('The shop is taking a break'), [])).toEqual({
      kind: 'ok',
      degraded: 'The shop is taking a break',
    });
  });

  it('tells 4xx the action allows from the others', () => {
    expect(classify(429, '', [429])).toEqual({ kind: 'expected-4xx' });
    expect(classify(429, '', [])).toEqual({ kind: 'unexpected-4xx' });
    expect(classify(404, '', [429])).toEqual({ kind: 'unexpected-4xx' });
  });

  it('counts only a 503 with a friendly page as friendly', () => {
    expect(classify(503, friendlyHtml('Sign-in is unavailable right now'), [])).toEqual({
      kind: 'friendly',
      title: 'Sign-in is unavailable right now',
    });
    expect(classify(503, '<h1>Service Unavailable</h1>', [])).toEqual({
      kind: 'failure',
      reason: '503 with another body',
    });
    expect(classify(500, friendlyHtml('The shop is taking a break'), [])).toEqual({
      kind: 'failure',
      reason: '500 with the friendly page "The shop is taking a break"',
    });
  });

  it("says which page a failing 5xx carried: Next's bare one, or the shop's with its error boundary", () => {
    expect(classify(500, '<h1 class="next-error-h1" style="x">500</h1>', []).kind).toBe('failure');
    expect(classify(500, '<h1 class="next-error-h1" style="x">500</h1>', [])).toMatchObject({
      reason: "500 with Next's bare error page",
    });
    expect(
      classify(
        500,
        '<script>self.__next_f.push([1,"E{\\"digest\\":\\"1961753156\\"}"])</script>',
        [],
      ),
    ).toMatchObject({
      reason: '500 with the shop page and its error boundary',
    });
  });

  it('counts no answer as a failure, saying why', () => {
    expect(classify(null, 'no answer (TimeoutError)', [])).toEqual({
      kind: 'failure',
      reason: 'no answer (TimeoutError)',
    });
  });
});
