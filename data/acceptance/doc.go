// Package acceptance holds end-to-end checks: real and demo stories loaded by
// package data and cross-checked by package model, with what a careful reader
// finds in them asserted claim by claim. It has no code of its own.
package acceptance
