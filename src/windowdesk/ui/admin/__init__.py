"""The administration face (系统管理, admin role): windows, queue categories, users, departments,
site settings and the working-day calendar; and the first-run set-up wizard."""
