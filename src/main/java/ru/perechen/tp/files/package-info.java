/** Files on disk: written whole or not at all, only inside the folder they belong to, and the Git working tree that a folder belongs to. */
package ru.perechen.tp.files;
