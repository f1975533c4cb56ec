/**
 * Word lists kept as resource files, read once ({@link org.newskg.data.WordList}), used by the
 * analysis packages; the initialization of a package's classes when the pipeline is built, so
 * that their static word lists are not read on the first article
 * ({@link org.newskg.data.PackageClasses}); and how optional values go into JSON lines ({@link
 * org.newskg.data.JsonFields}), used by the commands and the scorers.
 */
package org.newskg.data;
