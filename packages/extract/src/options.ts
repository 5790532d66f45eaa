/** Options of one extraction, read by the stages they concern. */
export interface ExtractOptions {
  /** Leave out the article's own (unsourced) assertions from `claims`. */
  attributedClaimsOnly?: boolean;
}
