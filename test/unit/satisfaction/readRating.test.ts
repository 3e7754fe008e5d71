import { describe, expect, it } from 'vitest';
import { readRating } from '../../../src/satisfaction/readRating.js';

describe('readRating', () => {
  it.each([
    ['1', 1],
    ['5', 5],
    [' 3 ', 3],
    ['4 stars', 4],
    ['1 star', 1],
    ['five', 5],
    ['a four', 4],
    ['5/5', 5],
    ['4 out of 5', 4],
    ['3.', 3],
    ['⭐⭐⭐', 3],
    ['★★★★★', 5],
  ])('reads %j as %i', (text, rating) => {
    expect(readRating(text)).toBe(rating);
  });

  it.each(['0', '6', '10', '45', 'yes', 'skip', '', 'what is the R859 notice', 'I owe 5 dollars', '⭐⭐⭐⭐⭐⭐', '2 or 3'])('reads %j as no rating', (text) => {
    expect(readRating(text)).toBeUndefined();
  });
});
