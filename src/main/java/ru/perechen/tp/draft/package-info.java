/** New records for the register: the next free id, the folder a file goes in, and its YAML text with marked places for what only a person can fill in. */
package ru.perechen.tp.draft;
