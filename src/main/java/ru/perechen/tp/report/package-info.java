/** The control report of 5.1 and 5.2: figures computed once from a register, rendered as HTML, Markdown or JSON. */
package ru.perechen.tp.report;
