/**
 * Word lists kept as resource files, read once ({@link org.newskg.data.WordList}), used by the
 * analysis packages; and how optional values go into JSON lines ({@link
 * org.newskg.data.JsonFields}), used by the commands and the scorers.
 */
package org.newskg.data;
