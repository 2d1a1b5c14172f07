/** Files on disk: written whole or not at all, and the Git working tree that a folder belongs to. */
package ru.perechen.tp.files;
