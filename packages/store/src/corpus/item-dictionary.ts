/**
 * Words news quotes and claims are made of, for deflate to refer back to when it packs a quote or
 * a claim with its text (packing.ts, ITEM_DICTIONARY_2): a passage of a few hundred bytes is too
 * short to repeat much of itself. Common words last, where references to them are shortest.
 * Frozen: rows packed with it can only be read with exactly these bytes (a new dictionary gets a
 * new tag).
 */
export const ENGLISH_WORDS = [
  'according to officials familiar with the matter, a spokesman for the spokeswoman ',
  'in a statement on Monday Tuesday Wednesday Thursday Friday Saturday Sunday ',
  'January February March April May June July August September October November December ',
  'President Trump Clinton Obama Congress Senate House White Republicans Democrats Republican ',
  'Democratic administration government campaign election political policy federal national ',
  'American United States country countries state states public security police military ',
  'percent million billion economy economic market company companies business health care ',
  'minister ministry official officials leader leaders party parties vote voters support ',
  'believe believes think thinks expected expect likely reported reports report according ',
  'told reporters said says say saying added asked warned called claimed denied insisted ',
  'because however although without through between against during before after under over ',
  'important important problem problems question questions issue issues decision decisions ',
  'people person women children family families group groups community communities world ',
  'years year months month weeks week days day time times last next first second new old ',
  'going to want wanted need needs make made take taken give given know known see seen ',
  'right good great better best really very much many more most less least other others ',
  'never ever always still just also only even well back again already now then here there ',
  "don't doesn't didn't can't won't isn't wasn't aren't we're they're it's that's there's ",
  'could would should might must will shall may can cannot did does do done has have had ',
  'about into than them these those their there they this that what which who whom whose ',
  'when where while why how all any some such each every both either neither not no nor ',
  'was were been being are is be it its he his him she her we our us you your i me my ',
  'the of and to a in that for on with as at by from or an but if so up out one two "',
].join('');
