import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

describe('index.html without JavaScript', () => {
  it('has a <noscript> message that says JavaScript is needed and why', () => {
    const html = readFileSync('index.html', 'utf8');
    const m = /<noscript>([\s\S]*?)<\/noscript>/.exec(html);
    expect(m).not.toBeNull();
    const text = m![1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('needs JavaScript');
    expect(text).toContain('runs in your browser');
  });
});
