/**
 * Function words: too common to say two sentences are alike. Used to drop
 * shingles made only of them and to weigh content words in similarity.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('a an the and or but if of to in on at by for with from as into about over under than then that this these those ' +
    'it its is are was were be been being has have had do does did not no so such there their they them he she his her ' +
    'we our you your i me my who whom which what when where while how why all any each both also very can could would ' +
    'will shall should may might must s said says say one more most other some up out').split(' '),
);
