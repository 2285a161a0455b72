// Submits a form as if its own submit button were pressed (validation, submit event, a real navigation), so a
// control that cannot be a <button> inside the form — a menu item — still makes the same POST.
export function submitForm(form) {
    form.requestSubmit();
}
