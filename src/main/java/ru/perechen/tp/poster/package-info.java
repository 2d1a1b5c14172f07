/** Printable survey posters: an A4 page per offline point with the QR code of its satisfaction survey (3.5 г). */
package ru.perechen.tp.poster;
