/**
 * The reader's version, apart from the reader itself (the background checks
 * records against it at start without loading Readability): raise it with
 * every change to what reading and extraction write into an article's record.
 * Records of an older version are read again from their originals, in the
 * background (`Library.rereadStale`).
 *
 * 1: the records before versions were kept; 2: linear HTML scanning, the
 * outlet from the address a page was read from; 3: bylines, dates and
 * outlets of more platforms and scripts (the CMS held-out set's rules);
 * 4: the second held-out set's rules (desks, credentials, byline boxes,
 * author links over a shorter declared list, the masthead's logo);
 * 5: the third held-out set's rules (Czech, Polish, Romanian and Greek
 * dates, citation_* and family-name-first author meta, an agency after a
 * name, a Chinese outlet's reporter line); 6: the fourth held-out set's
 * rules (dates of eleven more languages and Taiwan's ROC years, a header
 * line's parts kept apart, 'updated' labels and byline labels of more
 * languages, more desks and roles); 7: the fifth held-out set's and the
 * misses left of the earlier sets (a heading's kicker, a UTC time in the
 * zone the header shows, editors' and teasers' bylines, Japanese closing
 * credits, author cards, a platform account's name, a bold closing name).
 */
export const READER_VERSION = 7;
