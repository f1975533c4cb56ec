/**
 * Word lists kept as resource files, read once ({@link org.newskg.data.WordList}); used by the
 * analysis packages.
 */
package org.newskg.data;
