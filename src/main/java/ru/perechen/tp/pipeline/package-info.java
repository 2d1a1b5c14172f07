/** What a CI pipeline needs beyond validation: which platform runs it, what a change is compared with, and the summary it shows. */
package ru.perechen.tp.pipeline;
