//go:build !unix

package align_test

import "time"

// cpuNow is no CPU time where getrusage is missing (Windows): the huge
// test reports its wall time alone.
func cpuNow() time.Duration { return 0 }
