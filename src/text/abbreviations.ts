/**
 * Abbreviations after which a full stop does not end a sentence, Dutch and English, in lower case
 * without the final dot (`bijv`, `o.a`, `dhr`, `e.g`): shared by the sentence splitter and the
 * privacy scan, so that both read "dhr. Jansen" and "o.a. de buren" alike.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `
  a.s approx b.v bijv bv c.a ca d.w.z dept dhr dr drs ds dwz e.d e.g enz etc evt excl fam geb hr i.e
  i.p.v incl ing ipv ir jl jr m.a.w m.b.t mbt mej mevr mr mrs ms mw nl no nr o.a prof resp sr st t.a.v
  t.z.t tav tel vs z.g.a z.s.m zgn zr
`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
