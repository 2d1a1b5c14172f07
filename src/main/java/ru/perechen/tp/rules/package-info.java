/** The rules of the Order, one class each, and their sorted catalogue. */
package ru.perechen.tp.rules;
