"""The queue's faces: kiosk, counter queue panel, hall display with voice."""
