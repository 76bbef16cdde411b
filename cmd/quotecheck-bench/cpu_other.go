//go:build !unix

package main

import "time"

// cpuTime is 0 where the CPU time of a process is not read: the table's
// CPU column then shows the time on the clock only.
func cpuTime() time.Duration { return 0 }
