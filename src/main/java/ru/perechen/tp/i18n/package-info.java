/** Russian and English texts: resource bundles and how messages with arguments are rendered. */
package ru.perechen.tp.i18n;
