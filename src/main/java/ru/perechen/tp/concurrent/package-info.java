/** Work done on other threads: how its failure reaches the thread that waits for it. */
package ru.perechen.tp.concurrent;
