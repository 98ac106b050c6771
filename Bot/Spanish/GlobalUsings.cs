// Every feature speaks Spanish through this module: folding, months, dates, ordinals, lists.
global using ProgramaBot.Spanish;
