package ui

import (
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// OpenBrowser opens a web address in the user's browser without waiting for
// it: $BROWSER when set (the first of a colon-separated list, "%s" standing
// for the address), else the desktop's opener. It is for the reader run on
// the user's own machine; over SSH the browser is on the other side.
func OpenBrowser(url string) error {
	if !strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://") {
		return errors.New("not a web address")
	}
	name, args := opener(url)
	if name == "" {
		return errors.New("no browser found: set $BROWSER")
	}
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() { _ = cmd.Wait() }() // reap it whenever it ends
	return nil
}

// opener is the command that opens url here.
func opener(url string) (string, []string) {
	if b := strings.TrimSpace(strings.Split(os.Getenv("BROWSER"), ":")[0]); b != "" {
		fields := strings.Fields(b)
		args := fields[1:]
		if strings.Contains(b, "%s") {
			for i, a := range args {
				args[i] = strings.ReplaceAll(a, "%s", url)
			}
			if !strings.Contains(fields[0], "%s") {
				return fields[0], args
			}
		}
		return fields[0], append(args, url)
	}
	switch runtime.GOOS {
	case "darwin":
		return "open", []string{url}
	case "windows":
		return "rundll32", []string{"url.dll,FileProtocolHandler", url}
	}
	if p, err := exec.LookPath("xdg-open"); err == nil {
		return p, []string{url}
	}
	return "", nil
}
