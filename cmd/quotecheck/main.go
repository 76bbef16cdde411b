// Command quotecheck tells whether the quotations in a piece of journalism
// are what the speaker actually said.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
