// Command quotecheck-eval measures quotecheck on real news: quotation
// extraction and attribution on PolNeAR, verdicts on articles quoting the
// 2016 debates (hand-labelled and generated cases), and the seed verdict
// table as a regression row. It prints a table, counts beside every share,
// and writes the same figures as JSON with -json.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }
