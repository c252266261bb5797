"""Reusable views: settings forms, live plots, token chips, probability bars."""
