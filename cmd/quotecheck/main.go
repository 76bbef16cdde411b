// Command quotecheck tells whether the quotations in a piece of journalism
// are what the speaker actually said.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// Ctrl-C (or a kill) stops the run between quotations: no report is
	// written, so report files keep their old contents, and the exit code is
	// 130. A second Ctrl-C kills at once, as the default handler would.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	os.Exit(runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
