/** Who reviews which file of the register: the platforms' CODEOWNERS, made from the units' reviewers. */
package ru.perechen.tp.review;
