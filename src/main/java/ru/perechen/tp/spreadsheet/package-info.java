/**
 * Brings a list kept in a spreadsheet (CSV or XLSX) into the register: reads the file safely,
 * matches its columns and labels, merges its rows into points and processes, and plans the record
 * files to write ({@code tp import}).
 */
package ru.perechen.tp.spreadsheet;
