/** Running the rule catalogue over a register, and writing what it found for people and machines. */
package ru.perechen.tp.validate;
