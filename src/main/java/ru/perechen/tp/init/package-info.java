/** A new register repository: its register.yaml, folders, README, CI files and pre-commit hook, from templates. */
package ru.perechen.tp.init;
