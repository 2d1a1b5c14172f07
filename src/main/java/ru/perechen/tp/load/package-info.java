/** Reading a register: safe YAML parsing with locations, the format's shapes, folders and trees as sources. */
package ru.perechen.tp.load;
