/**
 * Approved versions of the register in Git: reading the register at a revision, the approval
 * tags, the content digest, and the semantic diff between two versions with its renderings.
 */
package ru.perechen.tp.history;
