package server

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// needTools skips (or, under CI, fails) when a real-client tool is missing.
func needTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed; CI must install it (apt-get install tmux openssh-client)", tool)
			}
			t.Skipf("%s is not installed; skipping the real-client test (apt-get install tmux openssh-client)", tool)
		}
	}
}

// buildParallax builds the command from the repository root into dir.
func buildParallax(t *testing.T, dir string) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "parallax")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// realServer is the built binary serving the demo story.
type realServer struct {
	cmd    *exec.Cmd
	addr   string
	port   string
	stderr *syncBuffer
	exited chan error
}

// startBinary runs `parallax serve` with its data dir under dir and waits for
// it to print its address.
func startBinary(t *testing.T, bin, dir string, args ...string) *realServer {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "--listen", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+filepath.Join(dir, "data"), "HOME="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	rs := &realServer{cmd: cmd, stderr: &syncBuffer{}, exited: make(chan error, 1)}
	cmd.Stderr = rs.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { rs.exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-rs.exited
	})
	addrc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if a, ok := strings.CutPrefix(sc.Text(), "parallax serve: listening on "); ok {
				addrc <- a
			}
		}
	}()
	select {
	case rs.addr = <-addrc:
	case <-time.After(30 * time.Second):
		t.Fatalf("the server never printed its address; stderr:\n%s", rs.stderr.String())
	}
	rs.port = rs.addr[strings.LastIndex(rs.addr, ":")+1:]
	return rs
}

// writeClientKey writes an OpenSSH private key for the ssh client and returns
// its path and authorized_keys line.
func writeClientKey(t *testing.T, dir string) (string, string) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "tmux test")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "id_ed25519")
	if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	sshPub, _ := gossh.NewPublicKey(pub)
	return path, strings.TrimSpace(string(gossh.MarshalAuthorizedKey(sshPub))) + " tmux-test"
}

// tmux runs a command on the test's private tmux server.
func tmux(t *testing.T, socket string, args ...string) string {
	t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// waitPane polls the pane until ok accepts its text. With history, the
// scrollback counts too: tmux may push lines into it when a program leaves
// the alternate screen of a window that was resized meanwhile.
func waitPane(t *testing.T, socket, what string, history bool, ok func(string) bool) string {
	t.Helper()
	args := []string{"capture-pane", "-p", "-t", "reader"}
	if history {
		args = append(args, "-S", "-")
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		screen := tmux(t, socket, args...)
		if ok(screen) {
			return screen
		}
		if time.Now().After(deadline) {
			t.Fatalf("the pane never showed %s; it shows:\n%s", what, screen)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestRealSSHClientInTmux(t *testing.T) {
	needTools(t, "ssh", "tmux")
	dir := t.TempDir()
	bin := buildParallax(t, dir)
	keyPath, keyLine := writeClientKey(t, dir)
	ak := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(ak, []byte(keyLine+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	rs := startBinary(t, bin, dir, "--authorized-keys", ak)

	// Trust exactly the host key the server created, as an operator would
	// after checking the fingerprint it printed.
	hostPub, err := os.ReadFile(filepath.Join(dir, "data", "parallax", "ssh_host_ed25519_key.pub"))
	if err != nil {
		t.Fatalf("host key not under XDG_DATA_HOME: %v", err)
	}
	knownHosts := filepath.Join(dir, "known_hosts")
	line := fmt.Sprintf("[127.0.0.1]:%s %s", rs.port, hostPub)
	if err := os.WriteFile(knownHosts, []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	sshArgs := []string{"-F", "/dev/null", "-p", rs.port, "-i", keyPath, "-o", "IdentitiesOnly=yes",
		"-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts, "127.0.0.1"}

	t.Run("analyze --json equals the local command", func(t *testing.T) {
		remote, err := exec.Command("ssh", append(sshArgs, "analyze", "--json")...).Output()
		if err != nil {
			t.Fatalf("ssh analyze --json: %v", err)
		}
		local, err := exec.Command(bin, "analyze", "--json").Output()
		if err != nil {
			t.Fatalf("parallax analyze --json: %v", err)
		}
		if !bytes.Equal(remote, local) {
			t.Errorf("ssh analyze --json (%d bytes) differs from parallax analyze --json (%d bytes)", len(remote), len(local))
		}
	})

	t.Run("ssh -T is told to use a terminal", func(t *testing.T) {
		var stderr bytes.Buffer
		cmd := exec.Command("ssh", append([]string{"-T"}, sshArgs...)...)
		cmd.Stderr = &stderr
		err := cmd.Run()
		if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 1 {
			t.Errorf("ssh -T exit = %v, want status 1", err)
		}
		if !strings.Contains(stderr.String(), msgNoPTY) {
			t.Errorf("ssh -T stderr = %q, want %q", stderr.String(), msgNoPTY)
		}
	})

	t.Run("SIGHUP re-reads the authorized keys", func(t *testing.T) {
		if err := rs.cmd.Process.Signal(syscall.SIGHUP); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "the reload in the server log", func() bool {
			return strings.Contains(rs.stderr.String(), "authorized keys reloaded")
		})
	})

	t.Run("the reader in tmux", func(t *testing.T) {
		socket := fmt.Sprintf("parallax-test-%d", os.Getpid())
		t.Cleanup(func() { _ = exec.Command("tmux", "-L", socket, "kill-server").Run() })
		sshLine := "ssh -t " + strings.Join(sshArgs, " ")
		tmux(t, socket, "new-session", "-d", "-s", "reader", "-x", "150", "-y", "40", sshLine)
		tmux(t, socket, "set-option", "-t", "reader", "remain-on-exit", "on")

		outlets := []string{"The Daily Tattle", "The Exchange Courier", "Lantern Wire", "Pipe and Basin Review", "The Calder County"}
		waitPane(t, socket, "the source list at 150×40", false, func(s string) bool {
			return listsOutlets(outlets)(s) && strings.Contains(s, "─ Claims ─")
		})

		tmux(t, socket, "resize-window", "-t", "reader", "-x", "60", "-y", "20")
		screen := waitPane(t, socket, "the one-pane layout at 60×20", false, func(s string) bool {
			return strings.Contains(s, "▸ Article") && !strings.Contains(s, "─ Claims ─")
		})
		for i, l := range strings.Split(strings.TrimRight(screen, "\n"), "\n") {
			if n := len([]rune(l)); n > 60 {
				t.Errorf("line %d is %d columns at width 60: %q", i, n, l)
			}
		}

		// SIGTERM: the user is told, and the server is gone within 10 s.
		if err := rs.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		waitPane(t, socket, "the goodbye", true, showsAll(msgShutdown))
		select {
		case err := <-rs.exited:
			rs.exited <- err // for the cleanup
			if err != nil {
				t.Errorf("server exit: %v; stderr:\n%s", err, rs.stderr.String())
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("the server was still running 10 s after SIGTERM")
		}
		logs := rs.stderr.String()
		for _, want := range []string{"auth accepted", "connect", "pty=true", "outcome=shutdown", "stopped"} {
			if !strings.Contains(logs, want) {
				t.Errorf("server log lacks %q:\n%s", want, logs)
			}
		}
	})
}
