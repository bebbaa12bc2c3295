"""Tests of skill.persistence (a package so helper modules import without clashing)."""
