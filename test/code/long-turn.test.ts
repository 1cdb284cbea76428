import { describe, expect, it } from 'vitest';
import { codeText } from '../../src/code/apply.js';
import { compileMatcher } from '../../src/code/matcher.js';
import { oneCode } from '../helpers.js';

// More hits than a function call takes arguments (about 120,000 in V8): a spread of them overflowed the stack.
const turn = 'ik stond op de wachtlijst '.repeat(200_000);

describe('a respondent turn with hundreds of thousands of hits', () => {
  it('is coded with every hit of a word pattern', () => {
    const [coding] = codeText(compileMatcher([oneCode(['wachtlijst'])]), turn).codings;
    expect(coding?.hits).toHaveLength(200_000);
  });

  it('is coded with every hit of a regex pattern', () => {
    const [coding] = codeText(compileMatcher([oneCode(['/wachtlijst/'])]), turn).codings;
    expect(coding?.hits).toHaveLength(200_000);
  });

  it('without punctuation, negation still reads each hit in its own reach', () => {
    const negated = 'ik stond niet op de wachtlijst '.repeat(50_000);
    const [coding] = codeText(compileMatcher([oneCode(['wachtlijst'], { negation: 'flag' })]), negated).codings;
    expect(coding?.hits).toHaveLength(50_000);
    expect(coding?.negated).toBe(true);
  });
});
